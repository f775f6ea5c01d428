using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DurchBylineLabelTests
{
    [Theory]
    [InlineData("durch Jana Köhler", "Jana Köhler")]
    [InlineData("Durch Regen und Wind", "Durch Regen und Wind")]
    [InlineData("durch den Hafen", "durch den Hafen")]
    [InlineData("durch ", "durch ")]
    public void Only_a_small_durch_before_a_capital_is_the_label(string text, string stripped) =>
        Assert.Equal(stripped, DurchBylineLabel.Strip(text));

    [Fact]
    public void A_german_themes_durch_in_the_author_link_names_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Gummistiefel am Kai – Hafenblog</title><meta name="author" content="Pixelwerk - www.pixelwerk.example"></head><body>
            <div class="post-meta"><a class="post-meta-time" href="/2016/05/02/">02/05/2016</a><a class="post-meta-author" href="/team/">durch Jana Köhler</a><a href="#comments">Keine Kommentare</a></div>
            <h1>Gummistiefel am Kai</h1>
            <div class="entry"><p>Gummistiefel waren auf der Promenade lange aus der Mode, doch in diesem Herbst stehen sie wieder in jedem Schaufenster am Kai.</p>
            <p>Die gelben Paare waren zuerst ausverkauft; die dunkelgrünen, fester und billiger, stehen noch im Regal des Eisenwarenladens.</p></div>
            </body></html>
            """), "post.html");

        Assert.Equal(["Jana Köhler"], page.Authors);
    }
}
