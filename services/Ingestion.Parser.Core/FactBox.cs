namespace Ingestion.Parser.Core;

/// <summary>
/// A profile box under the text (a company database's card: "Founded 2011" / "Overview" / … / "Location" / "Website"):
/// field labels on lines of their own, each over its value. An article's crossheads are never such labels, and never two
/// within a few lines.
/// </summary>
internal static class FactBox
{
    /// <summary>How many lines below a box's heading its first two labels stand.</summary>
    public const int Reach = 6;

    private static readonly WordSet Labels = new(
    [
        "overview", "description", "location", "headquarters", "website", "categories", "category", "industry", "employees",
        "founders", "founder", "founded", "total funding", "funding", "investors", "key people",
    ]);

    /// <summary>The longest "Funding: $4.2M" a box's row with its value is.</summary>
    private const int MaxRowLength = 40;

    /// <summary>
    /// "Overview", "Website:", "Founded 2011": a label, alone or with a year after it; or a row with its value after the
    /// colon, as w3m prints the card's table ("Funding: $4.2M", "Website: loopwise.com").
    /// </summary>
    public static bool IsLabel(string line)
    {
        if (line.Length is 0 or > MaxRowLength)
        {
            return false;
        }

        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && Labels.Contains(line.AsSpan(0, colon).Trim()))
        {
            return true;
        }

        if (line.Length > 30)
        {
            return false;
        }

        var text = line.AsSpan().Trim().TrimEnd(':');
        var space = text.LastIndexOf(' ');
        return Labels.Contains(text)
            || (space > 0 && text[(space + 1)..] is { Length: 4 } year && int.TryParse(year, out _) && Labels.Contains(text[..space].TrimEnd(':')));
    }
}
