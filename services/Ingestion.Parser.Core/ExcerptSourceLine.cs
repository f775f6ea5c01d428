namespace Ingestion.Parser.Core;

/// <summary>
/// "Lotte Brandmeier" / "Aus: Das Heidebuch. Ein Landstrich von A bis Z. Landeszentrale für Heimatkunde, Lüneburg 2016": a
/// public-sector or club site that reprints a chapter of its own book signs it under the last paragraph with the writer's
/// name and, in small print, the book it is taken from. The source line is the signature's, no paragraph; it opens with
/// its label ("Aus:", "Auszug aus", "From:", "Excerpted from", "Adapted from") and is short, where a sentence of the text
/// that begins "Aus:" would run on.
/// </summary>
internal static class ExcerptSourceLine
{
    private const int MaxLength = 200;

    private static readonly PrefixSet Labels = new(["aus: ", "auszug aus ", "auszüge aus ", "from: ", "excerpted from ", "adapted from ", "extrait de ", "tratto da "]);

    public static bool Is(string line) => line.Length < MaxLength && Labels.Matches(line) && char.IsUpper(line[0]);
}
