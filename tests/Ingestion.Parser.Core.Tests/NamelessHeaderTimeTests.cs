using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamelessHeaderTimeTests
{
    private static string Item(int id, string? name, string time, string subject, string text) => $"""
        <li class="forum-fil"><div class="forum-top"><a href="#forum{id}" id="forum{id}"><img src="pin.png" alt="permalien" /></a>
        {(name is null ? "" : $"<b class=\"crayon forum-qui-{id} \">{name}</b>")}
        <div class="forum-nav">({time})&nbsp;</div>:</div>
        <div class="forum-message"><div class="forum-chapo"><p><strong class="crayon forum-titre-{id} forum-titre">{subject}</strong></p></div>
        <div class="crayon forum-texte-{id} forum-texte"><span><p>{text}</p></span></div></div></li>
        """;

    private static ParsedPage Parse(string items) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="fr"><head><title>Le canal rouvre, par Anne Morel</title></head><body>
        <div id="contenu"><h1>Le canal rouvre</h1><div class="dates_auteurs">par <span class="auteurs">Anne Morel</span>, 2 mai 2019</div>
        <div class="texte"><p>Après trois ans de travaux, le canal rouvre aux péniches ce week-end, et les riverains retrouvent leurs quais.</p>
        <p>La mairie promet des bancs et des arbres pour l'été, et une fête le premier samedi de juin.</p></div>
        <div class="divforum"><div class="ajaxbloc"><h2>5 commentaires</h2><ul class="forum">
        {items}
        </ul></div></div></div></body></html>
        """), "page.html");

    [Fact]
    public void A_header_time_with_no_name_over_it_starts_a_comment_without_an_author()
    {
        var page = Parse(string.Concat(
            Item(1, null, "3 mai 2019 @09h12", "Enfin", "Il était temps, les quais étaient devenus un parking."),
            Item(2, "Lucette", "3 mai 2019 @10h40", "Les loyers", "Personne ne parle des loyers, qui ont doublé en dix ans."),
            Item(3, "Marc B.", "4 mai 2019 @08h05", "Réponse", "Les loyers n'ont rien à voir avec le canal."),
            Item(4, null, "4 mai 2019 @11h30", "Bof", "Des bancs, encore des bancs, et toujours pas de toilettes."),
            Item(5, "Lucette", "5 mai 2019 @17h02", "Si", "Tout a à voir avec le canal dans ce quartier.")));

        Assert.Equal(5, page.Comments.Count);
        Assert.Equal([null, "Lucette", "Marc B.", null, "Lucette"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2019-05-03T09:12", page.Comments[0].PostedAt?[..16]);
        Assert.Equal("2019-05-04T11:30", page.Comments[3].PostedAt?[..16]);
        Assert.Equal(["Les loyers n'ont rien à voir avec le canal."], page.Comments[2].Paragraphs);
        Assert.Equal(["Des bancs, encore des bancs, et toujours pas de toilettes."], page.Comments[3].Paragraphs);
        Assert.All(page.Comments, comment => Assert.Null(comment.Parent));
    }

    [Fact]
    public void A_time_of_another_shape_inside_a_comment_stays_its_text()
    {
        var page = Parse(string.Concat(
            Item(1, "Lucette", "3 mai 2019 @09h12", "Enfin", "Il était temps, les quais étaient devenus un parking."),
            Item(2, "Marc B.", "3 mai 2019 @10h40", "Date", "Le chantier avait commencé il y a trois ans, au printemps.</p><p>Personne ne se souvient plus de la date exacte.</p><p>12 mars 2016</p><p>C'est écrit sur le panneau, qui devait servir un an."),
            Item(3, null, "4 mai 2019 @08h05", "Bof", "Un an, c'est ce qu'ils disent toujours, et puis voilà."),
            Item(4, "Lucette", "4 mai 2019 @09h40", "Si", "Cette fois, c'est fini, et c'est tant mieux.")));

        Assert.Equal(4, page.Comments.Count);
        Assert.Equal(["Lucette", "Marc B.", null, "Lucette"], page.Comments.Select(comment => comment.Author));
        Assert.Contains("12 mars 2016", page.Comments[1].Paragraphs);
    }
}
