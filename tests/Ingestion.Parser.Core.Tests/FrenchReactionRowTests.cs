using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Alerter Recommander (21)": a French daily's row under each reaction is no text of it.</summary>
public class FrenchReactionRowTests
{
    [Fact]
    public void The_alert_and_recommend_row_is_no_paragraph()
    {
        static string Reaction(string name, string time, string text) =>
            $"<li class=\"reaction\"><div class=\"entete-reaction\"><span class=\"pseudo\">{name}</span> <span class=\"date-reaction\">{time}</span></div>"
            + $"<p class=\"texte-reaction\">{text}</p><div class=\"actions-reaction\"><a href=\"#a\">Alerter</a> <a href=\"#r\">Recommander</a> <span>(21)</span></div></li>";

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<html><head><title>Rythmes scolaires</title></head><body><h1>Rythmes scolaires : le mercredi matin fait des mécontents</h1><div class=\"texte-article\">"
            + "<p>Le mercredi matin, à l'école Jules-Ferry de Villiers-le-Roc, les cartables sont de retour depuis la rentrée de septembre.</p>"
            + "<p>La mairie reconnaît des difficultés de recrutement et promet que toutes les activités seront en place avant la Toussaint.</p></div>"
            + "<div id=\"reactions\" class=\"bloc-reactions\"><h2>Réactions (2)</h2><ul class=\"liste-reactions\">"
            + Reaction("jean-pierre m.", "27/09/2013 - 12h04", "Réforme faite à la va-vite, sans moyens, et ce sont encore les communes qui paient.")
            + Reaction("gédéon", "27/09/2013 - 13h15", "Trois semaines pour juger une réforme de cette ampleur, c'est un peu court, non ?")
            + "</ul></div></body></html>"), "page.html");

        Assert.Equal(["jean-pierre m.", "gédéon"], page.Comments.Select(comment => comment.Author));
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
    }
}
