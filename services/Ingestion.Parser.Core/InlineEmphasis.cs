namespace Ingestion.Parser.Core;

/// <summary>
/// Single emphasis inside a line of Markdown, as <c>html2text</c> writes an <c>&lt;em&gt;</c>: "first reported by the
/// _Beat_ in August", "_Lonnie Vasquez_ says:". The marks open at a word's start and close at a word's end, so an
/// underscore inside a handle ("M_Okonjo", "wheatguy_59") or a lone "*" after a form label is no emphasis.
/// </summary>
internal static class InlineEmphasis
{
    /// <summary>The index of the mark closing the emphasis that opens at <paramref name="open"/>, or -1.</summary>
    public static int End(ReadOnlySpan<char> text, int open)
    {
        var mark = text[open];
        if (mark is not ('_' or '*') || open + 2 >= text.Length || text[open + 1] is ' ' or '_' or '*'
            || (open > 0 && char.IsLetterOrDigit(text[open - 1])))
        {
            return -1;
        }

        var close = text[(open + 1)..].IndexOf(mark);
        if (close < 0)
        {
            return -1;
        }

        close += open + 1;
        var closesWord = text[close - 1] != ' ' && (close + 1 == text.Length || !char.IsLetterOrDigit(text[close + 1]));
        return closesWord ? close : -1;
    }
}
