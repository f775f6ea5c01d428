namespace Ingestion.Parser.Core;

/// <summary>
/// "Old Mill Road" / "#1 Sep 27, 2013": a hosted forum's comments under a local paper's story (Topix and its like,
/// 2008–2014) print each post's number and date on one line under the poster's name. The number is the post's own, no
/// part of the date; <see cref="NumberedPostHeader"/> reads the one-line form with the name after the date.
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

        return digits <= MostDigits && line[1 + digits] == ' ' ? line[(2 + digits)..].TrimStart() : line;
    }
}
