namespace Ingestion.Parser.Core;

/// <summary>
/// "Tiszaparti   #1   2013.09.26. 18:04": a forum-style comment system (Hungarian portals of 2005–2014, phpBB-like
/// boards elsewhere) prints each comment's number between the writer's name and the time, and a reply's reference names
/// the answered comment with its number in brackets ("Előzmény: Tiszaparti (#1)"). The number is no part of the name.
/// </summary>
internal static class PostNumberAfterName
{
    private const int MostDigits = 6;

    /// <summary>The name without a trailing " #12" or " (#12)", or the same text when it ends in neither.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> name)
    {
        var text = name.TrimEnd();
        // One comparison turns down every name that does not end in a digit or a closing bracket.
        if (text.Length < 4 || !(char.IsAsciiDigit(text[^1]) || text[^1] == ')'))
        {
            return name;
        }

        var bracketed = text[^1] == ')';
        var inner = bracketed ? text[..^1] : text;
        var digits = 0;
        while (digits < inner.Length && digits <= MostDigits && char.IsAsciiDigit(inner[inner.Length - 1 - digits]))
        {
            digits++;
        }

        var hash = inner.Length - digits - 1;
        if (digits is 0 or > MostDigits || hash < 1 || inner[hash] != '#')
        {
            return name;
        }

        var open = bracketed ? hash - 1 : hash;
        if (open < 1 || (bracketed && inner[open] != '(') || inner[open - 1] != ' ')
        {
            return name;
        }

        var rest = text[..open].TrimEnd();
        return rest.IsEmpty ? name : rest;
    }

    public static string Without(string name)
    {
        var without = Without(name.AsSpan());
        return without.Length == name.Length ? name : without.ToString();
    }
}
