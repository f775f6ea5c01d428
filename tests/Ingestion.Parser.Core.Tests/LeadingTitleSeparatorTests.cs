using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadingTitleSeparatorTests
{
    [Fact]
    public void A_share_title_opened_by_a_separator_gives_the_headline_alone()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>» Le quai rouvrira en mai|Chronique du port</title>
            <meta property="og:title" content="    » Le quai rouvrira en mai | Chronique du port">
            </head><body>
            <div id="entete"><h1><a href="/">Le Quotidien.ca</a><span><a href="/">Retour à l'accueil</a></span></h1></div>
            <div class="blogue-header"><p><strong>Mardi 24 janvier 2017</strong> | Mise en ligne à 12h02</p><h1>Le quai rouvrira en mai</h1></div>
            <div class="entry"><p>Le quai du port rouvrira en mai, après deux ans de travaux sur les pieux et la dalle, a annoncé la ville mardi matin.</p>
            <p>Les traversiers reprendront leur horaire d'été dès la fin de semaine de la fête de la Reine, selon la société.</p></div>
            </body></html>
            """), "page.html");

        Assert.Equal("Le quai rouvrira en mai", page.Title);
    }

    [Theory]
    [InlineData("» Le quai rouvrira en mai | Chronique", "Le quai rouvrira en mai | Chronique")]
    [InlineData(":: Le quai rouvrira", "Le quai rouvrira")]
    [InlineData("« Nous rouvrirons » : le maire parle", "« Nous rouvrirons » : le maire parle")]
    [InlineData("»Le quai", "»Le quai")]
    public void Only_a_separator_and_its_space_go(string title, string expected) =>
        Assert.Equal(expected, LeadingTitleSeparator.Strip(title));
}
