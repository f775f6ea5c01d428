using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;a href="/issues/48"&gt;Issue 48 &lt;i&gt;&lt;time datetime="2019-05-02"&gt;May 2nd 2019&lt;/time&gt;&lt;/i&gt;&lt;/a&gt;&lt;/h1&gt;":
/// a newsletter's or a periodical's issue page sets the date inside its headline, in a smaller type. The date is
/// the page's time, no word of its title; it moves to a line of its own under the heading, where the date rules read it.
/// </summary>
internal static class TimeInHeadline
{
    /// <summary>A shown date is short; a longer time element holds more than a date.</summary>
    private const int MaxDateLength = 40;

    public static void MoveOut(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var heading in body.SelectAll("h1").ToList())
        {
            if (heading.SelectFirst("time") is not { } time || Whitespace.Collapse(time.TextContent) is not { Length: > 0 and <= MaxDateLength } shown
                || !DateLineParser.TryParseLine(shown, out _))
            {
                continue;
            }

            // The time with the inline elements that hold nothing else ("<i><time>…</time></i>").
            var moved = time;
            while (moved.ParentElement is { } parent && parent != heading && parent.LocalName is "i" or "em" or "small" or "span" or "b" or "strong"
                && Whitespace.Collapse(parent.TextContent) == shown)
            {
                moved = parent;
            }

            var rest = Whitespace.Collapse(heading.TextContent.Replace(time.TextContent, string.Empty, StringComparison.Ordinal));
            if (!rest.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var line = document.CreateElement("div");
            heading.After(line);
            line.AppendChild(moved);
        }
    }
}
