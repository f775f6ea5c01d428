using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceAfterNameTests
{
    private static JsonElement Split(string text) => JsonDocument.Parse(LabelledPages.SplitAsJson(text, "page.txt")).RootElement;

    private static string[] Authors(string text) => [.. Split(text).GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)];

    private const string Menu = "   Diario del Pisuerga\n   Martes, 12 de marzo de 2013\n     * Valladolid\n     * Provincia\n     * Deportes\n     * Cultura\n\n";

    private const string Headline = "Los hosteleros de la plaza recurren la nueva ordenanza de terrazas\n\n"
        + "La asociación considera que la reducción del espacio pondrá en riesgo una treintena de empleos\n\n";

    private const string Text =
        "\n   12/03/2013 - 08:30h\n\n"
        + "   La asociación de hosteleros del casco histórico ha presentado un recurso contra la ordenanza de terrazas aprobada en febrero por el Ayuntamiento.\n\n"
        + "   Según el presidente de la asociación, la norma se aprobó sin escuchar al sector y pone en riesgo una treintena de puestos de trabajo.\n";

    [Fact]
    public void A_place_the_menu_lists_as_a_section_leaves_the_name() =>
        Assert.Equal(["Beatriz Olmedo"], Authors(Menu + Headline + "   Beatriz Olmedo Valladolid" + Text));

    [Fact]
    public void A_place_of_two_words_the_text_names_leaves_the_name() =>
        Assert.Equal(["Lucía Montalvo"], Authors(Headline + "   Lucía Montalvo Naciones Unidas" + Text.Replace("casco histórico", "sede de Naciones Unidas")));

    [Fact]
    public void A_third_name_named_nowhere_else_stays() =>
        Assert.Equal(["Beatriz Olmedo Ibarra"], Authors(Menu + Headline + "   Beatriz Olmedo Ibarra" + Text));

    [Fact]
    public void A_name_whose_other_words_the_text_names_too_stays_whole() =>
        Assert.Equal(["Lucía Montalvo Naciones Unidas"],
            Authors(Headline + "   Lucía Montalvo Naciones Unidas" + Text.Replace("casco histórico", "sede de Naciones Unidas, dijo Montalvo")));
}
