namespace Ingestion.Parser.Core;

/// <summary>
/// "Le Gall", "De Smet", "van Dijk", "Di Stefano": a surname that opens with a particle. Several of these particles are
/// also the articles a paper's name opens with ("Le Soir", "De Standaard"), so a name of a particle and one capitalised
/// word is a person's only when that word names no paper (<see cref="PaperNouns"/>).
/// </summary>
internal static class SurnameParticle
{
    /// <summary>Particles that open French, Belgian, Dutch, Italian, Spanish and German surnames.</summary>
    private static readonly WordSet Particles = new(["le", "la", "de", "du", "des", "del", "della", "di", "da", "van", "von", "ten", "ter"]);

    /// <summary>
    /// The nouns and adjectives papers in those languages are named with after their article ("Le Monde", "De Morgen",
    /// "La Stampa", "El País"), as "Times" or "Herald" name an English one.
    /// </summary>
    private static readonly WordSet PaperNouns = new(
    [
        "monde", "figaro", "parisien", "temps", "point", "croix", "libre", "progrès", "dauphiné", "télégramme", "nouvelliste", "quotidien",
        "standaard", "morgen", "tijd", "telegraaf", "limburger", "gelderlander", "stentor", "stampa", "repubblica", "gazzetta", "nazione",
        "giornale", "messaggero", "mattino", "país", "mundo", "vanguardia", "razón", "nación", "prensa", "welt", "zeit", "spiegel", "presse",
    ]);

    /// <summary>Whether the two words are a particle and a surname: "Le Gall", "De Smet", "van Dijk", not "Le Monde".</summary>
    public static bool IsSurname(ReadOnlySpan<char> particle, ReadOnlySpan<char> surname) =>
        Particles.Contains(particle) && surname.Length >= 2 && char.IsUpper(surname[0]) && !PaperNouns.Contains(surname);
}
