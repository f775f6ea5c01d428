using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "LindaFromTulsa", "patriot_dan1776", "hollis_j": a comment system's user name, one word shaped as no given name is
/// (capitals run together inside it, an underscore or a digit). A capitalised or lower-case plain word ("Elton",
/// "dave") may be a first name, so it is not taken.
/// </summary>
internal static class ShapedUserName
{
    private const int MaxLength = 40;

    private static readonly SearchValues<char> Marks = SearchValues.Create("_0123456789");

    public static bool Is(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > MaxLength || !char.IsLetter(word[0]))
        {
            return false;
        }

        var hasLower = false;
        var runTogether = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }

            hasLower |= char.IsLower(c);
            runTogether |= i > 0 && char.IsUpper(c) && char.IsLower(word[i - 1]);
        }

        return hasLower && (runTogether || word.ContainsAny(Marks));
    }
}
