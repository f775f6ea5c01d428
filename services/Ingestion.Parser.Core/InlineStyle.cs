namespace Ingestion.Parser.Core;

/// <summary>
/// What an element's own style attribute says: "display:none", spaced or not ("display: none", "DISPLAY : NONE"), hides
/// it. Asked of many elements' styles, so the attribute is read where it stands, spaces skipped, with no copy made.
/// </summary>
internal static class InlineStyle
{
    private const string DisplayNone = "DISPLAY:NONE";

    /// <summary>Whether the style, its spaces left out, holds "display:none" in any case.</summary>
    public static bool HidesDisplay(ReadOnlySpan<char> style)
    {
        for (var start = 0; start < style.Length; start++)
        {
            if (char.ToUpperInvariant(style[start]) != DisplayNone[0])
            {
                continue;
            }

            var matched = 0;
            for (var i = start; i < style.Length && matched < DisplayNone.Length; i++)
            {
                if (style[i] == ' ')
                {
                    continue;
                }

                if (char.ToUpperInvariant(style[i]) != DisplayNone[matched])
                {
                    break;
                }

                matched++;
            }

            if (matched == DisplayNone.Length)
            {
                return true;
            }
        }

        return false;
    }
}
