namespace Ingestion.Parser.Core;

/// <summary>
/// "Por Juliana Schmitt Carvalho, de Blumenau", "Por Ana Rivas, desde Santiago", "Von Eva Lind, aus Graz": after the
/// writer's name a comma and a lower-case "from" opens the place the story was filed from. A writer's full name never
/// opens with the particle ("de Vries" follows a given name), so the piece names no second writer.
/// </summary>
internal static class PlaceAfterBylineComma
{
    private static readonly PrefixSet FromWords = new(["de ", "do ", "da ", "dos ", "das ", "desde ", "em ", "aus ", "from ", "depuis "]);

    /// <summary>Whether a byline piece after a name is a place introduced by "from" in lower case.</summary>
    public static bool Is(ReadOnlySpan<char> piece) =>
        piece.Length > 3 && char.IsAsciiLetterLower(piece[0]) && FromWords.MatchLength(piece) is > 0 and var length
        && length < piece.Length && char.IsUpper(piece[length]);
}
