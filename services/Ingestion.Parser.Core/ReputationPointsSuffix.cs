namespace Ingestion.Parser.Core;

/// <summary>
/// "nycdems 41 points September 30, 2013 1:20 PM": a political site's threaded discussion prints the comment's vote
/// tally between the name and the time, with no dot or bar before it, so it reaches the name. A number and the word
/// "points" closing the name are the tally, no part of it; a name that is only a number and "points" is left alone.
/// </summary>
internal static class ReputationPointsSuffix
{
    public static string Strip(string name)
    {
        // Cheap check first: almost every name ends in something other than "point(s)".
        var end = name.EndsWith(" points", StringComparison.OrdinalIgnoreCase) ? 7
            : name.EndsWith(" point", StringComparison.OrdinalIgnoreCase) ? 6 : 0;
        if (end == 0)
        {
            return name;
        }

        var numberEnd = name.Length - end;
        var numberStart = numberEnd;
        while (numberStart > 0 && (char.IsAsciiDigit(name[numberStart - 1]) || name[numberStart - 1] == ','))
        {
            numberStart--;
        }

        if (numberStart == numberEnd || numberStart < 2 || name[numberStart - 1] != ' ' || !char.IsAsciiDigit(name[numberEnd - 1]))
        {
            return name;
        }

        return name[..(numberStart - 1)].TrimEnd();
    }
}
