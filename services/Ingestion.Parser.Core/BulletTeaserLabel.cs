namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;• &lt;strong&gt;&lt;a href="/nfl/photo/…"&gt;All-Decade Team: the best lineup of …&lt;/a&gt;&lt;/strong&gt;&lt;/p&gt;": a
/// paragraph that is a bullet and one link to another story is a "read also" teaser set between the text's paragraphs,
/// as "READ:" or "Mehr zum Thema:" before the link makes one; the bullet is its label. A paragraph with words of its own
/// before the link is still read as text.
/// ArrowRunTeaserLabel: "&lt;p&gt;&gt;&gt;&gt; &lt;a href="/news/…"&gt;Other headline&lt;/a&gt;&lt;/p&gt;", a run of arrow signs (">>>",
/// "»»", "->") typed before the lone link, is the same label. A run only of those signs and a dash or an equals sign,
/// at most four characters, one of them an arrow; no word is ever written so. Cost: a length check and a loop of at
/// most four characters per label already cut off a link-only paragraph.
/// </summary>
internal static class BulletTeaserLabel
{
    public static bool Is(string label) => label is "•" or "»" or "›" or "▸" or "▶" or "■" or "▪" or "→" || IsArrowRun(label);

    private static bool IsArrowRun(string label)
    {
        if (label.Length is 0 or > 4)
        {
            return false;
        }

        var arrow = false;
        foreach (var c in label)
        {
            if (c is '>' or '»' or '›')
            {
                arrow = true;
            }
            else if (c is not ('-' or '='))
            {
                return false;
            }
        }

        return arrow;
    }
}
