using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Valoración * * * - - (3 votos) | Comentarios (5)", "Bewertung: ★★★☆☆ (12 Stimmen)", "Note : 3,5/5 (8 votes)": the
/// readers' rating of the story that 2010–2014 continental papers print under the byline, its stars as a text browser
/// prints their alt text; the vote count in brackets is what no sentence holds after the label.
/// </summary>
internal static class ArticleRating
{
    private static readonly PrefixSet Labels = new(["valoración", "valoracion", "valorar", "bewertung", "note :", "note:", "rating", "calificación", "valutazione", "avaliação"]);

    private static readonly SearchValues<string> VoteCounts = SearchValues.Create(
        [" voto)", " votos)", " vote)", " votes)", " stimme)", " stimmen)", " voti)", " valoraciones)"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length < 120 && Labels.Matches(text) && text.ContainsAny(VoteCounts) && !Words.EndsSentence(text);
}
