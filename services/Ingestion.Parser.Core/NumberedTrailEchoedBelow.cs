namespace Ingestion.Parser.Core;

/// <summary>
/// "1. Publisher" / "2. Education" / "3. Dr. Jane Roe on »Screens in School?«" … "Dr. Jane Roe on »Screens in School?«": a
/// breadcrumb marked up as an ordered list, which a text browser numbers. Its last crumb is the page's own headline, which
/// the heading under it prints again; ending in a question or full stop, the crumb reads as the text's first sentence, so
/// the walk up to the headline would start above the trail, in the shop's contact row. The numbered line whose words a
/// line a few lines down repeats, after the lines numbered from 1 up to it, is the trail's, no prose; and the line that
/// repeats it, over the text, is the headline, though it too ends as a sentence does.
/// </summary>
internal static class NumberedTrailEchoedBelow
{
    /// <summary>The heading stands right under the trail, a date or a blank line or two between at most.</summary>
    private const int MostLinesToEcho = 4;

    /// <summary>Whether <paramref name="index"/> is the trail's last crumb or the heading that repeats it.</summary>
    public static bool Is(PageLines lines, int index, int end) => Echo(lines, index, end) >= 0 || IsEcho(lines, index, end);

    /// <summary>The heading over <paramref name="firstProse"/>, a few lines up at most, that repeats a numbered trail's last crumb; or -1.</summary>
    public static int EchoAbove(PageLines lines, int firstProse, int end)
    {
        var line = Math.Min(firstProse, end);
        for (var seen = 0; seen < MostLinesToEcho; seen++)
        {
            line = lines.PreviousNonBlank(line);
            if (line < 0)
            {
                return -1;
            }

            if (IsEcho(lines, line, end))
            {
                return line;
            }
        }

        return -1;
    }

    private static bool IsEcho(PageLines lines, int index, int end)
    {
        var line = index;
        for (var seen = 0; seen < MostLinesToEcho; seen++)
        {
            line = lines.PreviousNonBlank(line);
            if (line < 0)
            {
                return false;
            }

            if (Echo(lines, line, end) == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line under the trail's last crumb at <paramref name="index"/> that repeats it, or -1.</summary>
    private static int Echo(PageLines lines, int index, int end)
    {
        var item = lines[index].Text.AsSpan().Trim();
        if (ItemNumber(item, out var crumb) is not (>= 2 and var number))
        {
            return -1;
        }

        // The trail counts from 1 on the lines right above, one crumb a line.
        var line = index;
        for (var expected = number - 1; expected >= 1; expected--)
        {
            line = lines.PreviousNonBlank(line);
            if (line < 0 || ItemNumber(lines[line].Text.AsSpan().Trim(), out _) != expected)
            {
                return -1;
            }
        }

        var below = index;
        for (var seen = 0; seen < MostLinesToEcho; seen++)
        {
            below = lines.NextNonBlank(below, end);
            if (below >= end)
            {
                return -1;
            }

            if (lines[below].Text.AsSpan().Trim().SequenceEqual(crumb))
            {
                return below;
            }
        }

        return -1;
    }

    /// <summary>The number of a line that opens "N. " (one or two digits), with the words after it; -1 for any other line.</summary>
    private static int ItemNumber(ReadOnlySpan<char> text, out ReadOnlySpan<char> words)
    {
        words = default;
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2 || text.Length < digits + 3 || text[digits] != '.' || text[digits + 1] != ' ')
        {
            return -1;
        }

        words = text[(digits + 2)..].TrimStart();
        return int.Parse(text[..digits]);
    }
}
