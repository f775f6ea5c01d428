using System.Text;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… I found out there were no buses running." / "&lt;h2 class="wp-block-heading"&gt;So for now, and for the foreseeable
/// future, I'll be walking everywhere!&lt;/h2&gt;": a columnist sets the last line of the text as a heading block, for its
/// weight. A print layout's pull quotes, set as headings after the text (TrailingHeadingsInText), repeat the text's own
/// words; a closing line says something new. One heading alone after the text, a sentence of six words at least, most
/// of whose longer words the text above never used, is the text's closing line and stays.
/// </summary>
internal static class ClosingLineHeading
{
    private const int MinWords = 6;

    /// <summary>Words this long or longer are weighed: short ones ("the", "and", "for") are in every text.</summary>
    private const int MinWeighedWordLength = 5;

    public static bool Is(IElement heading)
    {
        var text = Whitespace.Collapse(heading.TextContent).Trim();
        if (text.Length == 0 || text[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinWords)
        {
            return false;
        }

        var above = TextAbove(heading);
        var weighed = 0;
        var repeated = 0;
        foreach (var word in words)
        {
            var letters = word.AsSpan().Trim(".,;:!?\"'“”‘’()");
            if (letters.Length < MinWeighedWordLength)
            {
                continue;
            }

            weighed++;
            if (above.AsSpan().Contains(letters, StringComparison.OrdinalIgnoreCase))
            {
                repeated++;
            }
        }

        return weighed > 0 && repeated * 2 < weighed;
    }

    private static string TextAbove(IElement heading)
    {
        var builder = new StringBuilder();
        for (var element = heading.PreviousElementSibling; element is not null; element = element.PreviousElementSibling)
        {
            builder.Append(element.TextContent).Append(' ');
        }

        return builder.ToString();
    }
}
