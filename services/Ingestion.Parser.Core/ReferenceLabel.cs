namespace Ingestion.Parser.Core;

/// <summary>
/// "Journal Reference:" / "A. Ferris, T. Nguyen, M. Clarke. Acoustic orientation of coral larvae. Marine Ecology
/// Letters, 2013; 16 (7): 881 DOI: …": a science news site prints the paper's citation under a label alone on its line,
/// under the text. The citation is no paragraph, nor a caption for its names and year.
/// </summary>
internal static class ReferenceLabel
{
    /// <summary>A physics paper's author list of twenty names with initials, its title, journal and DOI.</summary>
    private const int LongestCitation = 1200;

    public static bool IsUnder(PageLines lines, int index)
    {
        // A citation is one line with the year's digits; a paper of twenty authors lists them all, so it may run past a
        // few hundred characters (LongestCitation).
        var text = lines[index].Text;
        if (text.Length is < 20 or > LongestCitation || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        return lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && lines[above].Text.AsSpan().Trim() is var label && label.Length < 22 && label.EndsWith(':')
            && (label.Equals("Journal Reference:", StringComparison.OrdinalIgnoreCase) || label.Equals("Journal References:", StringComparison.OrdinalIgnoreCase));
    }
}
