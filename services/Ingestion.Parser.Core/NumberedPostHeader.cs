namespace Ingestion.Parser.Core;

/// <summary>
/// "#1 Mar 12, 2013   Ole Brekke   Oakes Mill, ND": a hosted forum under a local paper's story (Topix and its like, 2008–2014)
/// heads each post with its number, its date, the poster's name and town, in cells a text browser parts by runs of spaces.
/// The number is no part of the name, nor is the town. The date may be the post's age ("#1 3 days ago   Ole Brekke").
/// </summary>
internal static class NumberedPostHeader
{
    private const int MaxLength = 140;
    private const int MaxPlaceLength = 40;

    public static bool TryRead(string line, out string author, out PageTime time)
    {
        author = string.Empty;
        time = default;
        var text = line.Trim();
        if (text.Length is < 4 or > MaxLength || text[0] != '#' || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        var cells = text.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length is < 2 or > 3 || cells[0].IndexOf(' ') is not (> 1 and var space)
            || cells[0].AsSpan(1, space - 1).ContainsAnyExceptInRange('0', '9')
            || !DateLineParser.TryParseLine(cells[0].AsSpan(space + 1), out time) || (time.Date is null && !time.Relative)
            || !Words.LooksLikeName(cells[1]) || (cells.Length == 3 && !IsPlace(cells[2])))
        {
            return false;
        }

        author = Whitespace.Collapse(cells[1]);
        return true;
    }

    /// <summary>"Oakes Mill, ND", "Fargo": the poster's town, in capitalised words and no digit.</summary>
    private static bool IsPlace(string cell) =>
        cell.Length <= MaxPlaceLength && char.IsUpper(cell[0]) && !Words.HasDigit(cell);
}
