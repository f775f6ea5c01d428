namespace Ingestion.Parser.Core;

/// <summary>
/// "By NADIA HARMON and EDITH LORENZ" / "Associated Press" … "Copyright 2013 The Associated Press. All rights reserved. This
/// material may not be published, broadcast, rewritten or redistributed.": a wire's notice is no site's name on a paper that
/// republishes the story (the paper's own notice names it), but on the wire's own page, with no masthead printed, the
/// wire the byline credits on a line of its own is the publisher the notice names.
/// </summary>
internal static class WireOwnNotice
{
    /// <summary>Lines under the headline searched for the byline's credit line.</summary>
    private const int CreditReach = 6;

    /// <summary>Whether <paramref name="notice"/> holds a wire's words on reuse.</summary>
    public static bool IsWireNotice(ReadOnlySpan<char> notice) => notice.Contains("may not be published", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a line of its own under the headline credits <paramref name="holder"/> ("Associated Press" for "The Associated Press").</summary>
    public static bool IsCreditedUnderTitle(string holder, PageLines lines, int titleIndex)
    {
        var wire = holder.AsSpan();
        wire = wire.StartsWith("The ", StringComparison.Ordinal) ? wire[4..] : wire;
        if (!wire.Contains(' '))
        {
            return false;
        }

        var last = Math.Min(lines.Count, titleIndex + 1 + CreditReach);
        for (var i = titleIndex + 1; i < last; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            text = text.StartsWith("The ", StringComparison.Ordinal) ? text[4..] : text;
            if (text.Equals(wire, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
