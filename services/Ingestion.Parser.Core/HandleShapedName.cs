namespace Ingestion.Parser.Core;

/// <summary>
/// "jdm_boulder", "MountainMom303": an account name written as one word with an underscore or a digit in it. No first
/// name is spelt so, so such a word before a commenter's name in a header is a writer of its own, never the first part
/// of a longer name (where "Elton" before "John" may be).
/// </summary>
internal static class HandleShapedName
{
    private const int LongestHandle = 30;

    public static bool Is(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > LongestHandle || !char.IsLetter(word[0]))
        {
            return false;
        }

        var marked = false;
        foreach (var c in word)
        {
            if (c == '_' || char.IsAsciiDigit(c))
            {
                marked = true;
            }
            else if (!char.IsLetter(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        return marked;
    }
}
