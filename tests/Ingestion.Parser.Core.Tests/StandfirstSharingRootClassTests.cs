using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StandfirstSharingRootClassTests
{
    private const string Standfirst = "Les revues savantes classées par les instances d’évaluation ne sont pas celles où publient les chercheurs français, montre une étude.";

    private static ParsedPage Parse(string article) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Les listes de revues en question - La Revue des idées</title></head><body>
        <div id="content_article"><h1><div class="titre">Les listes de revues en question</div></h1>
        {{article}}
        </div></body></html>
        """), "page.html");

    [Fact]
    public void The_text_after_a_standfirst_of_the_same_root_class_is_the_body()
    {
        var page = Parse($"""
            <div class="entry-content chapo"><p>{Standfirst}</p></div>
            <div class="nettoyeur"></div>
            <div class="texte_wrapper"><div class="entry-content texte">
            <p>Depuis une dizaine d’années, les disciplines classent leurs revues en rangs, du premier au quatrième, pour guider les comités.</p>
            <p>Ces listes devaient aider à repérer les revues de référence ; elles servent désormais à compter les publications de chacun.</p>
            <p>Or les auteurs installés en France signent peu dans les revues placées au premier rang, selon le dépouillement de deux années.</p>
            </div></div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Depuis une dizaine", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Standfirst, page.BodyParagraphs);
    }

    [Fact]
    public void A_root_of_several_paragraphs_is_kept_whatever_follows()
    {
        using var document = new HtmlParser().ParseDocument($"""
            <html><body><div id="root" class="entry-content chapo"><p>{Standfirst}</p><p>Un second paragraphe.</p></div>
            <div class="entry-content texte"><p>{Standfirst} {Standfirst} {Standfirst} {Standfirst}</p></div></body></html>
            """);

        Assert.Null(StandfirstSharingRootClass.TextAfter(document.GetElementById("root")!));
    }

    [Fact]
    public void A_later_element_of_the_class_holding_little_text_is_no_text()
    {
        using var document = new HtmlParser().ParseDocument($"""
            <html><body><div id="root" class="entry-content main"><p>{Standfirst}</p></div>
            <div class="entry-content related"><p>Lire aussi : Les revues prises au piège.</p></div></body></html>
            """);

        Assert.Null(StandfirstSharingRootClass.TextAfter(document.GetElementById("root")!));
    }
}
