//! Links found on a page and the role they play there.

use serde::{Deserialize, Serialize};
use url::Url;

/// What a link is for, as the extractor classified it. The frontier follows
/// links in the order of [`LinkRole::priority`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkRole {
    /// An entry of an article list on a front or section page.
    ArticleList,
    /// An item of a "related articles" block.
    Related,
    /// An item of a "more news" block.
    More,
    /// Section navigation (menus, breadcrumbs).
    SectionNav,
    /// "Next page" / numbered pages of a listing.
    Pagination,
    /// Item link of an RSS/Atom feed or a sitemap.
    Feed,
    /// Anything else on the page (footers, sidebars, partners).
    Other,
}

impl LinkRole {
    /// Smaller is fetched first.
    pub fn priority(self) -> u8 {
        match self {
            LinkRole::Feed => 0,
            LinkRole::ArticleList => 1,
            LinkRole::Related => 2,
            LinkRole::More => 3,
            LinkRole::SectionNav => 4,
            LinkRole::Pagination => 5,
            LinkRole::Other => 6,
        }
    }

    /// Stable name, as used in logs and stats.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkRole::ArticleList => "article_list",
            LinkRole::Related => "related",
            LinkRole::More => "more",
            LinkRole::SectionNav => "section_nav",
            LinkRole::Pagination => "pagination",
            LinkRole::Feed => "feed",
            LinkRole::Other => "other",
        }
    }
}

/// A link found on a page: absolute URL (entities decoded, relative
/// references resolved), its role, its anchor text, and whether the page
/// asked crawlers not to follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Absolute target, not yet canonicalised.
    pub url: Url,
    /// What the link is for.
    pub role: LinkRole,
    /// Visible anchor text, whitespace collapsed.
    pub text: String,
    /// `rel="nofollow"` (or `sponsored`, `ugc`) on the anchor.
    pub nofollow: bool,
}
