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

    /// <summary>
    /// "#3 Escrito por …", "3. Sabine aus Kassel 27.09.2013 um 15:24 Uhr": the number the page gives the comment itself,
    /// after "#" or before a full stop and a space.
    /// </summary>
    public static bool TryReadOwnNumber(string header, out int number)
    {
        number = 0;
        var text = header.AsSpan().TrimStart();
        if (text.Length > 1 && text[0] == '#')
        {
            var hashed = Digits(text[1..]);
            return hashed > 0 && int.TryParse(text.Slice(1, hashed), out number);
        }

        var digits = Digits(text);
        return digits > 0 && text.Length > digits + 1 && text[digits] == '.' && text[digits + 1] == ' ' && int.TryParse(text[..digits], out number);
    }

    /// <summary>
    /// 'Antwort auf "2."', "Reply to #2", "En réponse à 2.": a reference line over or under a flat reply's header that
    /// names the answered comment by the number the page printed on it, and by nothing else.
    /// </summary>
    public static bool TryReadLine(string line, out int number)
    {
        number = 0;
        var text = line.AsSpan().Trim();
        // One comparison turns down every line whose last character no such reference ends with.
        if (text.Length is < 10 or > 40 || !(char.IsAsciiDigit(text[^1]) || text[^1] is '.' or '"' or '\'' or '“' or '”' or '«' or '»'))
        {
            return false;
        }

        var prefix = LineOpenings.MatchLength(text);
        if (prefix == 0)
        {
            return false;
        }

        var reference = text[prefix..].Trim().Trim(ReferenceQuotes).TrimStart('#').TrimEnd('.');
        return reference.Length > 0 && Digits(reference) == reference.Length && int.TryParse(reference, out number);
    }

    private const string ReferenceQuotes = "\"'“”„«»";

    private static readonly PrefixSet LineOpenings = new(
    [
        "antwort auf ", "reply to ", "in reply to ", "replying to ", "in response to ", "response to ", "en réponse à ",
        "en réponse au ", "réponse à ", "réponse au ", "en respuesta a ", "en respuesta al ", "respuesta a ", "respuesta al ",
        "em resposta a ", "em resposta ao ", "resposta a ", "resposta ao ", "in risposta a ", "in risposta al ", "risposta a ",
        "risposta al ", "antwoord op ", "reactie op ", "som svar på ", "svar til ", "odpowiedź na ", "reakce na ", "odpověď na ",
    ]);

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
