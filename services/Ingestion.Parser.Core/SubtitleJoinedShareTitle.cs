using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "見出し ～副題／サブタイトルの文" in og:title over an h1 "見出し ～副題" and an h2 "サブタイトルの文" right under it: a site's
/// sharing title joins the headline and the subtitle printed under it with a slash (the full-width "／" on Japanese
/// sites, "/" or a colon or dash elsewhere). The subtitle is a standfirst, no part of the headline, so the h1 as shown is
/// the title. Known only when what follows the separator is, letter for letter, the text of the element right after the
/// h1; a sharing title that goes on with words the page prints nowhere under the h1 is not read so.
/// Cost: asked once per h1 whose text opens the sharing title; one sibling's text collapsed.
/// </summary>
internal static class SubtitleJoinedShareTitle
{
    public static bool Is(IElement heading, string title, string shown)
    {
        if (shown.Length < 10 || title.Length <= shown.Length + 2 || !title.StartsWith(shown, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = title.AsSpan(shown.Length).Trim();
        if (rest is not [('／' or '/' or ':' or '：' or '-' or '–' or '—' or '|' or '｜'), _, ..])
        {
            return false;
        }

        var subtitle = rest[1..].Trim();
        return subtitle.Length > 0 && heading.NextElementSibling is { } next
            && subtitle.Equals(Whitespace.Collapse(next.TextContent).AsSpan().Trim(), StringComparison.Ordinal);
    }
}
