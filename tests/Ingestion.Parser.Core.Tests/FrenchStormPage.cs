using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented French regional paper's story as a text browser prints it: the logo's line with its tagline, the
/// shortcut menu, "Toutes les actualités locales" over the headline, the standfirst, the lead caption, the share
/// button's count ("0"), the byline and the date, the text; no copyright line.
/// </summary>
internal static class FrenchStormPage
{
    public const string Text = """
        (BUTTON) Menu
        Le Courrier du Val : Actualités en direct et info en continu
        (BUTTON) Se connecter
          * À la une
          * Faits divers
          * Politique

        Toutes les actualités locales
        Futurs,Météo

        Orages : quelles communes ont reçu le plus de pluie cette nuit ?

        Un épisode orageux a traversé la vallée dans la nuit de mardi à mercredi. Plusieurs stations ont relevé plus de 60 millimètres en quelques heures.
        Les orages ont noyé plusieurs rues de la vallée. AFP/Paul Mercier
        0
        Par Claire Dumas
        Le 4 juin 2024 à 09h12

        Des rues transformées en rivières : à Saint-Aubin, la station de la mairie a relevé 64 millimètres de pluie entre minuit et trois heures du matin.

        Au total, onze communes ont dépassé les 40 millimètres, selon les relevés publiés mercredi matin par le service départemental.

        Les pompiers sont intervenus plus de cent fois pendant la nuit, surtout pour des caves inondées et des arbres tombés sur la chaussée.
        """;

    public static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes(Text), "page.txt");
}
