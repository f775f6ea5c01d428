using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LicensedPictureCreditLineTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Une candidature collective à la présidence du conseil - Le Son des Labos</title></head><body>
        <article><h1 class="entry-title">Une candidature collective à la présidence du conseil</h1><div class="entry-content">
        <p>Plus de deux mille chercheurs annoncent faire acte de candidature, ensemble, à la tête de l’autorité chargée d’évaluer leur travail.</p>
        <p>La lettre de motivation dénonce la bureaucratie de l’évaluation et revendique l’autonomie des laboratoires.</p>
        <p>Sans recherche autonome, nous n’avons pas d’avenir</p>
        <hr>
        {{closing}}
        </div></article></body></html>
        """), "page.html");

    [Theory]
    [InlineData("Photo (cc) : jdupont", true)]
    [InlineData("Image illustrative : Des briques by Jean Dupont, en licence Creative Commons by", true)]
    [InlineData("Illustration : Jean Dupont, CC BY-SA 4.0", true)]
    [InlineData("Photo : J. Dupont, licence Creative Commons", true)]
    [InlineData("Photo : Jean Dupont", false)]
    [InlineData("Photographes : la licence de presse change en mars", false)]
    [InlineData("La photo a été publiée sous licence libre : chacun peut la reprendre.", false)]
    [InlineData("Image : la commission a rendu son avis sur la licence. Elle demande un nouveau vote du conseil.", false)]
    public void A_labelled_picture_credit_naming_a_licence_is_read(string line, bool credit) =>
        Assert.Equal(credit, LicensedPictureCreditLine.Is(line));

    [Fact]
    public void The_credit_closing_the_text_is_a_caption_and_no_paragraph()
    {
        var page = Parse("""
            <p>Image illustrative&nbsp;: <a href="https://photos.example/123">Des briques</a> by <a href="https://photos.example/jdupont/">Jean Dupont,</a>en licence <a href="https://creativecommons.org/licenses/by/2.0/">Creative Commons by</a></p>
            """);

        Assert.Equal(["Image illustrative : Des briques by Jean Dupont,en licence Creative Commons by"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal("Sans recherche autonome, nous n’avons pas d’avenir", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_credit_in_small_print_is_read_too()
    {
        var page = Parse("""<p><small>Photo (cc) : <a href="https://photos.example/jdupont/">jdupont</a></small></p>""");

        Assert.Equal(["Photo (cc) : jdupont"], page.Captions);
    }
}
