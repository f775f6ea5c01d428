namespace Ingestion.Parser.Core;

/// <summary>
/// "#3 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas (respuesta al #2)": a Spanish national daily numbers each
/// comment and prints a reply flat, in page order, naming the number of the comment it answers in brackets after the time
/// (so do German, French, Portuguese and Dutch sites: "(Antwort auf #2)", "(réponse au #2)", "(resposta ao #2)").
/// The reference is no part of the header's time, and the number names the parent where no name would.
/// </summary>
internal static class NumberedReplyReference
{
    private static readonly PrefixSet Openings = new(
    [
        "respuesta al #", "respuesta a #", "en respuesta al #", "en respuesta a #", "reply to #", "in reply to #", "antwort auf #",
        "réponse au #", "réponse à #", "en réponse au #", "resposta ao #", "resposta a #", "em resposta ao #", "risposta al #",
        "in risposta al #", "reactie op #", "antwoord op #",
    ]);

    /// <summary>The header without its bracketed reference, or the same string when it ends in none.</summary>
    public static string Without(string header) => Find(header, out var open, out _) ? header[..open].TrimEnd() : header;

    /// <summary>The number of the comment the header's bracketed reference answers.</summary>
    public static bool TryRead(string header, out int number) => Find(header, out _, out number);

    /// <summary>"#3 Escrito por …": the number the page gives the comment itself.</summary>
    public static bool TryReadOwnNumber(string header, out int number)
    {
        number = 0;
        var text = header.AsSpan().TrimStart();
        var digits = text.Length > 1 && text[0] == '#' ? Digits(text[1..]) : 0;
        return digits > 0 && int.TryParse(text.Slice(1, digits), out number);
    }

    private static bool Find(string header, out int open, out int number)
    {
        number = 0;
        open = -1;
        // One comparison turns down the headers and lines that do not end in a bracket.
        var text = header.AsSpan().TrimEnd();
        if (text.Length < 8 || text[^1] != ')')
        {
            return false;
        }

        open = text.LastIndexOf('(');
        var inner = open > 0 ? text[(open + 1)..^1].Trim() : default;
        var prefix = inner.IsEmpty ? 0 : Openings.MatchLength(inner);
        var digits = prefix > 0 ? Digits(inner[prefix..]) : 0;
        return digits > 0 && digits == inner.Length - prefix && int.TryParse(inner[prefix..], out number);
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && count < 6 && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }
}
