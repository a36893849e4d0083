//! Near-duplicate text: a 64-bit SimHash over character 5-shingles, and
//! the banding that finds stored fingerprints within a few bits of a new
//! one without scanning them all (four 16-bit bands: two fingerprints at
//! most three bits apart share at least one band exactly; 16 bits keep each
//! band's bucket small even on templated text).

/// Fingerprints at most this many bits apart are near-duplicates.
pub const MAX_DISTANCE: u32 = 3;

/// Texts shorter than this (in characters, whitespace ignored) get no
/// fingerprint: short texts collide too easily.
pub const MIN_CHARS: usize = 200;

const SHINGLE: usize = 5;

fn fnv1a(chars: &[char]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for c in chars {
        for byte in (*c as u32).to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    // FNV's low bits mix poorly; finish with a multiply-xorshift.
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^ (hash >> 33)
}

/// The SimHash of `text` (case and whitespace ignored), or `None` when it
/// is too short to say.
pub fn simhash(text: &str) -> Option<u64> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if chars.len() < MIN_CHARS {
        return None;
    }
    let mut weights = [0i32; 64];
    for shingle in chars.windows(SHINGLE) {
        let h = fnv1a(shingle);
        for (bit, weight) in weights.iter_mut().enumerate() {
            *weight += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    Some(
        weights
            .iter()
            .enumerate()
            .filter(|(_, w)| **w > 0)
            .fold(0u64, |acc, (bit, _)| acc | 1 << bit),
    )
}

/// Share of character bigrams two titles have in common (Jaccard), case and
/// whitespace ignored: syndicated copies keep the headline, or nearly.
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let grams = |t: &str| -> std::collections::HashSet<(char, char)> {
        let chars: Vec<char> = t
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (ga, gb) = (grams(a), grams(b));
    let union = ga.union(&gb).count();
    if union == 0 {
        // Titles of one character or none: equal or not.
        return if a.trim().to_lowercase() == b.trim().to_lowercase() {
            1.0
        } else {
            0.0
        };
    }
    let (a, b) = (ga, gb);
    a.intersection(&b).count() as f64 / union as f64
}

/// Bits in which two fingerprints differ.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// The four band keys of a fingerprint: band number, then its 16 bits.
pub fn bands(hash: u64) -> [[u8; 3]; 4] {
    std::array::from_fn(|i| {
        let [hi, lo] = ((hash >> (16 * i)) as u16).to_be_bytes();
        [i as u8, hi, lo]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The city council voted on Tuesday to approve a new budget for the district schools after a long debate about funding, road repairs and the library that residents have asked for over many years. Officials said construction would start in the spring and finish by autumn, and that the cost would be shared with the regional government.";

    #[test]
    fn a_syndicated_copy_is_near_and_another_story_is_far() {
        let original = simhash(STORY).unwrap();
        let copy = simhash(&format!("{STORY} Reporting by Jane Roe.")).unwrap();
        assert!(
            distance(original, copy) <= MAX_DISTANCE,
            "{}",
            distance(original, copy)
        );
        let other = simhash("A storm brought heavy rain and strong winds to the coast overnight, closing roads and cutting power to thousands of homes, while forecasters warned that more bad weather was on the way and urged people to stay indoors until the evening. Schools in three towns stayed closed and trains ran with long delays.").unwrap();
        assert!(
            distance(original, other) > MAX_DISTANCE * 2,
            "{}",
            distance(original, other)
        );
    }

    #[test]
    fn titles_of_a_syndicated_story_are_similar() {
        assert!(
            title_similarity(
                "Council approves school budget",
                "Council approves new school budget"
            ) > 0.7
        );
        assert!(
            title_similarity(
                "苏州科研团队支持跨境电商发展",
                "长沙创业公司举办多边合作机制"
            ) < 0.1
        );
    }

    #[test]
    fn short_texts_get_no_fingerprint_and_bands_cover_the_hash() {
        assert_eq!(simhash("Breaking news"), None);
        let h = 0x1234_5678_9abc_def0;
        let b = bands(h);
        assert_eq!(b[0], [0, 0xde, 0xf0]);
        assert_eq!(b[3], [3, 0x12, 0x34]);
    }
}
