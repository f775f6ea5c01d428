using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "412 claps", "1.2K claps": a blogging platform's applause count under the post's text, alone on its line. It is no
/// text, and the unlabelled topics over it are the post's tags.
/// </summary>
internal static class ClapsCount
{
    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.,");

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 6 or > 16 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        // "412 CLAPS" where CSS sets the counter in capitals.
        var word = text[(space + 1)..];
        if (space <= 0 || !(word.Equals("claps", StringComparison.OrdinalIgnoreCase) || word.Equals("clap", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var number = text[..space].TrimEnd("kKmM");
        return !number.IsEmpty && char.IsAsciiDigit(number[^1]) && !number.ContainsAnyExcept(NumberCharacters);
    }
}
