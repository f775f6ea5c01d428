namespace Ingestion.Parser.Core;

/// <summary>
/// "Camila Furtado" / "Direto de Joinville" / date: a Brazilian portal prints where its reporter filed from on a line of
/// its own between the bare name and the date, as an English byline says "reporting from". The line is the byline's, no
/// deck and no body.
/// </summary>
internal static class FiledFromLine
{
    private const int MaxLength = 40;

    private const int MaxPlaceWords = 4;

    private static readonly PrefixSet Labels = new(["direto de ", "direto do ", "direto da ", "diretamente de ", "reporting from ", "desde "]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || Labels.MatchLength(text) is not (> 0 and var label) || Words.EndsSentence(text))
        {
            return false;
        }

        var place = text[label..].Trim();
        return !place.IsEmpty && char.IsUpper(place[0]) && Words.Count(place) <= MaxPlaceWords;
    }
}
