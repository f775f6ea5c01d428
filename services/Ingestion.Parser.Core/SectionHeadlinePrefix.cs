namespace Ingestion.Parser.Core;

/// <summary>
/// "Opinion" / "Opinion: Let our teenagers sleep" … "More Opinion" / "Opinion: The county fair is worth saving": when
/// another headline on the page (a rail of the section's stories) opens with the same words and colon, the desk writes
/// them into every headline of the section; they are the headline's own, not a kicker the browser ran into it.
/// </summary>
internal static class SectionHeadlinePrefix
{
    /// <summary>A rail headline is one short line; longer lines are prose that may quote a headline.</summary>
    private const int MaxHeadlineLength = 150;

    /// <summary>Whether a line after the title, other than the title again, opens with "kicker: ".</summary>
    /// <param name="headline">The title's words after "kicker: ".</param>
    public static bool SharedByOtherHeadline(PageLines lines, int titleIndex, ReadOnlySpan<char> kicker, ReadOnlySpan<char> headline)
    {
        var rest = headline.Trim();
        if (kicker.IsEmpty)
        {
            return false;
        }

        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i].Text.AsSpan().Trim();
            // Cheap rejections first: the length, then the kicker's first character, before any comparison.
            if (line.Length <= kicker.Length + 2 || line.Length > MaxHeadlineLength || char.ToUpperInvariant(line[0]) != char.ToUpperInvariant(kicker[0])
                || line[kicker.Length] != ':' || line[kicker.Length + 1] != ' ' || !line.StartsWith(kicker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var other = line[(kicker.Length + 2)..].Trim();
            if (other.Length > 0 && !other.Equals(rest, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
