using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReviewedItemInCommentHeaderTests
{
    private static string Comment(string id, string stamp, string shown, string name, string text) => $"""
        <li class="comment-li"><div class="comment hreview"><p class="comment-meta"><a rel="self bookmark" class="permalink" href="#forum{id}">#</a>
        <time datetime="{stamp}">{shown}</time><span class="reviewer vcard"><span class="sep">, </span>par {name}</span>
        <span class="item">En réponse à : <a class="url fn" href="marche-couvert">Le marché couvert rouvre ses portes</a></span></p>
        <div class="comment-content description"><p>{text}</p></div></div></li>
        """;

    [Fact]
    public void The_story_named_again_in_each_hreview_header_is_no_part_of_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html lang="fr"><head><title>Le marché couvert rouvre ses portes | Radio du Port</title></head><body>
            <div id="content"><article><header><h1>Le marché couvert rouvre ses portes</h1><p><time datetime="2015-04-10T07:00:00Z">10 avril 2015</time></p></header>
            <div class="texte"><p>Le marché couvert de la rue du Quai a rouvert vendredi après deux ans de travaux sur sa toiture de fer, avec trente étals sous la verrière.</p>
            <p>Les commerçants ont vu plus de monde qu'un samedi d'avant la fermeture, et les fromagers n'avaient plus rien avant midi.</p></div>
            <aside><div class="comments"><h2>Vos commentaires (2)</h2><ul class="comments-items">
            {Comment("11", "2015-04-10T09:02:00Z", "Le 10 avril à 11:02", "Mireille Caron", "Enfin les poissonniers sont de retour.")}
            {Comment("12", "2015-04-10T11:45:00Z", "Le 10 avril à 13:45", "Paul Vasseur", "La nouvelle verrière laisse entrer bien plus de lumière.")}
            </ul></div></aside></article></div>
            </body></html>
            """), "marche.html");

        Assert.Equal(["Mireille Caron", "Paul Vasseur"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2015-04-10T09:02:00+00:00", page.Comments[0].PostedAt);
        Assert.Equal(["La nouvelle verrière laisse entrer bien plus de lumière."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void An_item_box_that_names_no_reviewed_thing_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div id=\"comments\"><div class=\"comment hreview\"><span class=\"item\">Choix de la rédaction</span><p>Très juste.</p></div></div>");
        var container = document.GetElementById("comments")!;

        ReviewedItemInCommentHeader.Remove(container);

        Assert.Contains("Choix de la rédaction", container.TextContent, StringComparison.Ordinal);
    }
}
