using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… dokumentieren wir den Text auf Seite 40." / "&lt;h4&gt;Die Erzählung ist grauenhaft.&lt;/h4&gt;" / "&lt;h4&gt;Er legt ein
/// Fake-Profil an.&lt;/h4&gt;": a magazine's archive prints the pull quotes of its print layout as headings after the last
/// paragraph of the text. A crosshead always heads text below it; headings that close the text's box, with no more text
/// after the box, are no crossheads, and no paragraphs. A trade magazine's "&lt;h1&gt;Lesetipp&lt;/h1&gt;" over its one
/// read-on link (a teaser paragraph, gone before this runs) closes the text the same way: the headline stands above the
/// text, never after its last paragraph, so an <c>h1</c> there is such a heading too.
/// </summary>
internal static class TrailingHeadingsInText
{
    /// <summary>Paragraphs of some length the box must hold above the headings: a short box ending on a heading is something else.</summary>
    private const int MinParagraphsAbove = 3;
    private const int ParagraphLength = 100;

    public static void Remove(IElement root)
    {
        foreach (var last in root.SelectAll("h1, h2, h3, h4, h5, h6").Where(IsLastWithText).ToList())
        {
            var run = new List<IElement>();
            var element = last;
            while (element is not null && (IsHeading(element) || IsBlank(element)))
            {
                if (IsHeading(element))
                {
                    run.Add(element);
                }

                element = element.PreviousElementSibling;
            }

            var paragraphs = 0;
            for (; element is not null && paragraphs < MinParagraphsAbove; element = element.PreviousElementSibling)
            {
                if (element.LocalName is "p" or "div" && ShownLength.Of(element.TextContent) > ParagraphLength)
                {
                    paragraphs++;
                }
            }

            // One heading saying something the text did not is its closing line, no pull quote (ClosingLineHeading).
            if (paragraphs < MinParagraphsAbove || run.Any(heading => heading.SelectFirst("a") is not null) || TextFollows(last.ParentElement!, root)
                || (run.Count == 1 && ClosingLineHeading.Is(run[0])))
            {
                continue;
            }

            foreach (var heading in run)
            {
                heading.Remove();
            }
        }
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool IsBlank(IElement element) => element.TextContent.AsSpan().Trim().IsEmpty;

    /// <summary>Whether nothing but blank elements follows the heading in its box, and no words stand after it.</summary>
    private static bool IsLastWithText(IElement heading)
    {
        if (heading.ParentElement is null)
        {
            return false;
        }

        for (var node = heading.NextSibling; node is not null; node = node.NextSibling)
        {
            if ((node is IText text && !text.Data.AsSpan().Trim().IsEmpty) || (node is IElement element && !IsBlank(element)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a paragraph of the text stands after <paramref name="box"/> inside <paramref name="root"/>: then the heading heads it.</summary>
    private static bool TextFollows(IElement box, IElement root)
    {
        for (var scope = box; scope is not null && scope != root; scope = scope.ParentElement)
        {
            for (var next = scope.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                if (next.LocalName is "p" or "div" or "section" or "blockquote" or "ul" or "ol" && ShownLength.Of(next.TextContent) > ParagraphLength)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
