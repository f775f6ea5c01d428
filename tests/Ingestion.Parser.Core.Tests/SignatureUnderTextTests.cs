using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignatureUnderTextTests
{
    [Fact]
    public void The_writers_name_alone_under_the_last_paragraph_goes()
    {
        var body = new List<string> { "La SNCF a présenté, mardi 12 mars, un plan.", "La SNCF doit présenter un premier bilan en septembre.", "Claire Dumoulin" };
        SignatureUnderText.RemoveFrom(body, ["Claire Dumoulin"]);
        Assert.Equal(["La SNCF a présenté, mardi 12 mars, un plan.", "La SNCF doit présenter un premier bilan en septembre."], body);
    }

    [Fact]
    public void The_writers_name_with_town_and_role_in_brackets_goes()
    {
        var body = new List<string> { "Le surcoût n'est pas encore chiffré.", "La métropole assure que des indemnisations seront étudiées.", "Claire Ménard (Rennes, correspondante)" };
        SignatureUnderText.RemoveFrom(body, ["Claire Ménard"]);
        Assert.Equal(["Le surcoût n'est pas encore chiffré.", "La métropole assure que des indemnisations seront étudiées."], body);
    }

    [Fact]
    public void A_signature_block_of_name_role_and_town_goes()
    {
        var body = new List<string> { "La obra cuesta 6.800 millones de pesos.", "CAMILO ANDRÉS RUEDA PINZÓN", "Corresponsal de EL HERALDO ANDINO", "Bucaramanga" };
        SignatureUnderText.RemoveFrom(body, ["Camilo Andrés Rueda Pinzón"]);
        Assert.Equal(["La obra cuesta 6.800 millones de pesos."], body);
    }

    [Fact]
    public void The_writers_name_over_a_sentence_stays()
    {
        var body = new List<string> { "The council met on Tuesday.", "Dana Whitcomb", "The vote is set for May." };
        SignatureUnderText.RemoveFrom(body, ["Dana Whitcomb"]);
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void Another_name_under_the_text_stays()
    {
        var body = new List<string> { "Dear editor, the bridge must be built.", "Gerald Pruitt" };
        SignatureUnderText.RemoveFrom(body, ["Claire Dumoulin"]);
        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void With_no_byline_the_capitals_name_under_the_last_paragraph_is_the_writer()
    {
        var body = new List<string> { "Le gouvernement a approuvé mardi le financement.", "Les riverains restent toutefois inquiets.", "La mise en service est prévue pour 2015.", "MARC DEWANDRE" };
        Assert.Equal("MARC DEWANDRE", SignatureUnderText.TakeWriter(body, [], null));
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void A_name_and_role_under_the_text_replace_the_sites_name_as_writer()
    {
        var body = new List<string> { "El Concejo aprobó la obra.", "La obra costará 14 millones.", "Unas 4500 personas usan el tramo.", "Marcela Ponzetti", "Corresponsal en Rosario" };
        Assert.Equal("Marcela Ponzetti", SignatureUnderText.TakeWriter(body, ["La Nota Pampeana"], "La Nota Pampeana"));
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void A_writer_found_above_keeps_a_name_under_the_text_as_body()
    {
        var body = new List<string> { "The council met on Tuesday.", "The vote is set for May.", "It will be close.", "Gerald Pruitt" };
        Assert.Null(SignatureUnderText.TakeWriter(body, ["Dana Whitcomb"], null));
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public void On_a_letters_page_the_last_letters_signature_is_no_writer()
    {
        var body = new List<string>
        {
            "School bond is worth every penny", "The bond will fix both schools.", "Margaret Ellsworth",
            "Don't cut the bookmobile", "Cutting it is a false economy.", "Rosa Delgado",
        };
        Assert.Null(SignatureUnderText.TakeWriter(body, [], null));
        Assert.Equal(6, body.Count);
    }

    [Fact]
    public void A_writer_signing_beside_the_newsroom_is_the_writer_and_the_line_no_paragraph()
    {
        var body = new List<string> { "Gletscher verlieren jedes Jahr Masse.", "Die Zunge zieht sich zurück.", "Forschende messen jedes Jahr nach.", "Lena Hofer und Redaktion KlarWissen.ch" };
        Assert.Equal("Lena Hofer", SignatureUnderText.TakeWriter(body, [], "KlarWissen"));
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void A_line_naming_a_club_beside_a_newsroom_stays()
    {
        var body = new List<string> { "Gletscher verlieren jedes Jahr Masse.", "Die Zunge zieht sich zurück.", "Forschende messen jedes Jahr nach.", "Mehr dazu in der Broschüre und Redaktion KlarWissen.ch" };
        Assert.Null(SignatureUnderText.TakeWriter(body, [], "KlarWissen"));
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public void A_blogs_newsroom_signing_off_goes_and_names_no_writer()
    {
        var body = new List<string> { "Trail shoes come in many widths and soles.", "Which pair do you wear? See you on the trail.", "Gruß, Die Redaktion" };
        SignatureUnderText.RemoveFrom(body, []);
        Assert.Equal(["Trail shoes come in many widths and soles.", "Which pair do you wear? See you on the trail."], body);
        Assert.Null(SignatureUnderText.TakeWriter(body, [], "Bag Blog"));
    }

    [Fact]
    public void A_last_sentence_about_the_newsroom_stays()
    {
        var body = new List<string> { "Trail shoes come in many widths and soles.", "Which pair do you wear?", "Schreibt es der Redaktion." };
        SignatureUnderText.RemoveFrom(body, []);
        Assert.Equal(3, body.Count);
    }
}
