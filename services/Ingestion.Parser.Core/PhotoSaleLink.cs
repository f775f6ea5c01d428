namespace Ingestion.Parser.Core;

/// <summary>
/// "(Photo: Dana Rusch/Press-Courier)Buy Photo": the link to the paper's photo store that network dailies of 2012–2016
/// set inside the figure's caption, after the credit. It sells the picture and is no part of its caption.
/// </summary>
internal static class PhotoSaleLink
{
    private static readonly WordSet Labels = new(["buy photo", "buy this photo", "buy photos", "purchase photo", "purchase this photo", "order photo", "order this photo", "photo reprints"]);

    public static bool Is(ReadOnlySpan<char> text) => text.Length is > 8 and < 24 && Labels.Contains(text.Trim());
}
