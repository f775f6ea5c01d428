namespace Ingestion.Parser.Core;

/// <summary>
/// "Lucía Ferrer | Valdeluna" / "25/09/2013 - 11:20 CEST": a Spanish or Italian daily prints the writer's bare name, with
/// the place after a bar, over the date line; no "By" or "Por" marks it, so the date under it tells it for a byline.
/// </summary>
internal static class BareNameBylineOverDate
{
    private const int MaxLength = 60;

    public static bool Is(PageLines lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is < 5 or > MaxLength || Words.EndsSentence(text))
        {
            return false;
        }

        var bar = text.IndexOf(" | ");
        // "Inês Cardoso Matias, com Lusa" over the date: the agency the writer drew on is no part of the name.
        var name = AgencyContribution.Without(bar > 0 ? text[..bar].Trim() : text);
        // "Javier Ortuño y Elena Sastre | Madrid": two writers sharing the box, joined as a bare byline joins them.
        if ((Words.Count(name) is < 2 or > 4 || !Words.LooksLikePersonName(name)) && (bar <= 0 || BylineParser.TryReadBareNames(name.ToString()) is null))
        {
            return false;
        }

        var date = lines.NextNonBlank(index, end);
        return date < end && date <= index + 2 && lines.TryParseDate(date, out _);
    }
}
