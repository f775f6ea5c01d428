namespace Ingestion.Parser.Core;

/// <summary>
/// "Me gusta (12)   No me gusta (3)   Responder   Denunciar": Spanish-language papers' vote buttons under each comment.
/// "No" is a button word only in front of "me gusta"; alone it may be a reader's whole answer.
/// </summary>
internal static class SpanishDislikeButton
{
    private const string Label = "no me gusta";

    /// <summary>Whether the rest of a button row, from the word being asked about, opens with "No me gusta".</summary>
    public static bool Opens(ReadOnlySpan<char> rest) =>
        rest.Length >= Label.Length && rest.StartsWith(Label, StringComparison.OrdinalIgnoreCase)
        && (rest.Length == Label.Length || !char.IsLetter(rest[Label.Length]));
}
