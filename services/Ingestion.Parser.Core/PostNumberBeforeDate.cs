namespace Ingestion.Parser.Core;

/// <summary>
/// "Old Mill Road" / "#1 Sep 27, 2013": a hosted forum's comments under a local paper's story (Topix and its like,
/// 2008–2014) print each post's number and date on one line under the poster's name. The number is the post's own, no
/// part of the date. A line whose cells a bar or a run of spaces parts is a one-line header (<see cref="NumberedPostHeader"/>,
/// "#12  Octubre  |  26/09/2013 - 11:40h"), whose name may be a month's, and is left alone.
/// </summary>
internal static class PostNumberBeforeDate
{
    private const int MostDigits = 5;

    /// <summary>The line without a leading "#12 ", or the same line when it opens otherwise.</summary>
    public static string Without(string line)
    {
        // The first character turns down every other line.
        if (line.Length < 8 || line[0] != '#' || !char.IsAsciiDigit(line[1]))
        {
            return line;
        }

        var digits = 1;
        while (digits < line.Length - 1 && char.IsAsciiDigit(line[1 + digits]))
        {
            digits++;
        }

        if (digits > MostDigits || line[1 + digits] != ' ')
        {
            return line;
        }

        // "#12  Octubre  |  26/09/2013 - 11:40h": a numbered header whose cells (name, time) a bar or a run of spaces
        // parts is NumberedPostHeader's, and a name such as "Octubre" would read as the date's month.
        var rest = line.AsSpan(2 + digits).TrimStart();
        return rest.Contains('|') || rest.Contains("  ", StringComparison.Ordinal) ? line : rest.ToString();
    }
}
