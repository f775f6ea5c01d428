namespace Ingestion.Parser.Core;

/// <summary>
/// "Publicado a 26 de Setembro de 2013, às 18:42 (hora de Lisboa)": Portuguese papers, read in the islands and by the
/// emigrant communities as well, name mainland Portugal's clock after its capital, in words, as Brazilian papers name
/// Brasília's. Lisbon keeps Western European time: UTC in winter, one hour ahead in the EU summer time.
/// </summary>
internal static class LisbonTime
{
    /// <summary>The zone name a date line carries once it has read "hora de Lisboa".</summary>
    public const string ZoneName = "hora de Lisboa";

    /// <summary>
    /// "Lisboa", or "Portugal" ("hora de Portugal continental", as papers read in the Azores and Madeira, an hour behind,
    /// put it): the word that closes the clock's name; "hora" or "horário" opens it, as for Brasília.
    /// </summary>
    public static bool ClosesName(ReadOnlySpan<char> word) =>
        word.Equals("lisboa", StringComparison.OrdinalIgnoreCase) || IsCountry(word);

    /// <summary>"Portugal": the country's name, which "continental" may follow.</summary>
    public static bool IsCountry(ReadOnlySpan<char> word) => word.Equals("portugal", StringComparison.OrdinalIgnoreCase);

    /// <summary>"continental" right after the country: the mainland, whose clock Lisbon's is.</summary>
    public static bool IsMainlandQualifier(ReadOnlySpan<char> word) => word.Equals("continental", StringComparison.OrdinalIgnoreCase);
}
