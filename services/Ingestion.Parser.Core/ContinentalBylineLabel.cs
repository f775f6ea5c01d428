namespace Ingestion.Parser.Core;

/// <summary>
/// "di Lorenzo Bertolini - 26 settembre 2013 alle 16:20", "Von Ingrid Mairhofer - 26.09.2013", "Por Ana Rivas - 26/09/2013":
/// a byline labelled in German, French, Spanish, Portuguese, Italian or Dutch, which a spaced hyphen parts from its date as
/// it parts an English "By Name - date".
/// </summary>
internal static class ContinentalBylineLabel
{
    private static readonly PrefixSet Labels = new(["von ", "par ", "por ", "di ", "door "]);

    /// <summary>Whether the line opens with the label and a capitalised name after it.</summary>
    public static bool Opens(string line) =>
        Labels.MatchLength(line) is > 0 and var length && length < line.Length && char.IsUpper(line[length]);
}
