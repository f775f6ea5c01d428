using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;…&lt;/h1&gt;&lt;section class="artdetail_short"&gt;The harbour master explains … the winter timetable.&lt;/section&gt;&lt;section
/// class="artdetail_time"&gt;&lt;time datetime="…"&gt;07. November 2023 - 10:38 Uhr&lt;/time&gt; | Jane Roe&lt;/section&gt;…&lt;p&gt;The
/// text…": a block over the story's date line whose words are the description meta's whole is the standfirst under the
/// headline, set apart from the text by the date and byline row; the text starts under that row. A lead paragraph that
/// repeats the description under the date line (the common case: many sites describe a story by its first paragraph) is
/// text, and so is one over a date printed only after the text began.
/// </summary>
internal static class DescriptionOverDateLine
{
    /// <summary>A paragraph longer than this, met before any date line, is the text itself.</summary>
    private const int TextParagraph = 80;

    private const int LongestStandfirst = 600;

    public static void Remove(IElement root, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0)
        {
            return;
        }

        IElement? standfirst = null;
        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element == root || (standfirst is not null && standfirst.Contains(element)))
            {
                continue;
            }

            // "<p class="date"><span>mardi 4 mars 2014</span></p>": the date row printed as plain words (DateOnlyElement).
            if ((element.LocalName == "time" && element.HasAttribute("datetime")) || (standfirst is not null && DateOnlyElement.Is(element)))
            {
                standfirst?.Remove();
                return;
            }

            if (element.LocalName is not ("p" or "div" or "section"))
            {
                continue;
            }

            var shown = ShownLength.Of(element.TextContent);
            if (standfirst is null && shown is > 0 and < LongestStandfirst && element.SelectFirst("time") is null
                && descriptions.Contains(Whitespace.Collapse(element.TextContent).Trim()))
            {
                standfirst = element;
            }
            else if (element.LocalName == "p" && shown > TextParagraph)
            {
                return;
            }
        }
    }
}
