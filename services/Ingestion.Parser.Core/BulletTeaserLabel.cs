namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;• &lt;strong&gt;&lt;a href="/nfl/photo/…"&gt;All-Decade Team: the best lineup of …&lt;/a&gt;&lt;/strong&gt;&lt;/p&gt;": a
/// paragraph that is a bullet and one link to another story is a "read also" teaser set between the text's paragraphs,
/// as "READ:" or "Mehr zum Thema:" before the link makes one; the bullet is its label. A paragraph with words of its own
/// before the link is still read as text.
/// </summary>
internal static class BulletTeaserLabel
{
    public static bool Is(string label) => label is "•" or "»" or "›" or "▸" or "▶" or "■" or "▪" or "→";
}
