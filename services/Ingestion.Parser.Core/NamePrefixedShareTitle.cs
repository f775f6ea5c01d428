using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// og:title "Marta Olsen &amp; the Tide – Harbour Lights", "&lt;h1&gt;Harbour Lights&lt;/h1&gt;&lt;h2&gt;&lt;a href="/artists/…"&gt;Marta Olsen
/// &amp; the Tide&lt;/a&gt;&lt;/h2&gt;": a song's, a book's or an essay's page prints the work's name as its headline and its
/// maker right under it, and the share title joins the two, maker first, with a dash or a colon. The headline is the h1
/// as shown, however short; the name under it, which the share title repeats, is the byline. A share title whose part
/// before the dash is not printed right under the h1 (a kicker, a series) is not read so, nor a name of more than six
/// words. Cost: asked once per h1: a suffix compare, and one element's text only when the share title ends with the h1.
/// </summary>
internal static class NamePrefixedShareTitle
{
    private const int MaxNameWords = 6;

    /// <summary>The maker's name that <paramref name="title"/> sets before the h1 <paramref name="heading"/>'s text, or null.</summary>
    public static string? Name(IElement heading, string title, string shown)
    {
        if (shown.Length < 3 || title.Length < shown.Length + 5 || !title.EndsWith(shown, StringComparison.Ordinal))
        {
            return null;
        }

        var before = title.AsSpan(0, title.Length - shown.Length).TrimEnd();
        if (before is not [.., '–' or '—' or '-' or ':'])
        {
            return null;
        }

        var name = before[..^1].TrimEnd();
        if (name.Length < 2 || !char.IsUpper(name[0]) || Words.CountUpTo(name, MaxNameWords + 1) > MaxNameWords
            || heading.NextElementSibling is not { } under || NodeText.IsLongerThan(under, 4 * name.Length))
        {
            return null;
        }

        var printed = Whitespace.Collapse(under.TextContent);
        return printed.Equals(Whitespace.Collapse(name), StringComparison.OrdinalIgnoreCase) ? printed : null;
    }

    /// <summary>The maker's name under the first h1 of <paramref name="headings"/> still in the page, or null.</summary>
    public static string? Find(IDocument document, List<IElement> headings, string? title)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var heading in headings)
        {
            if (HtmlContentRoot.IsInDocument(heading, document))
            {
                return Name(heading, title, Whitespace.Collapse(heading.TextContent));
            }
        }

        return null;
    }
}
