using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignOutDialogTests
{
    private static ParsedPage Parse(string notice, string explanation, string question) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        Sign-out

        {{notice}}
        {{explanation}}

        {{question}}

          • Shop
          • Newsletter

        Harbour Courier

          • Home
          • City
          • Business

        Why ferry tickets cost more this winter

        12.01.21

        Jana Brecht

        Fuel for the island ferries has doubled in price since the autumn, and the operator is passing the cost on to passengers from February.

        The council said it would keep the discount for residents, who make up most of the winter trips.
        """), "ferry.txt");

    [Theory]
    [InlineData("You have successfully logged out!", "To read our subscriber articles again, you can sign in with your user name and password at any time.", "Are you sure you want to log out?")]
    [InlineData("Sie haben sich erfolgreich abgemeldet!", "Wenn Sie unsere Abo-Artikel wieder lesen wollen, können Sie sich jederzeit neu einloggen.", "Sind Sie sich sicher, dass Sie sich abmelden möchten?")]
    public void A_sign_out_dialog_over_the_menu_is_no_headline_and_no_text(string notice, string explanation, string question)
    {
        var page = Parse(notice, explanation, question);
        Assert.Equal("Why ferry tickets cost more this winter", page.Title);
        Assert.Equal(["Jana Brecht"], page.Authors);
        Assert.DoesNotContain(explanation, page.BodyParagraphs);
        Assert.DoesNotContain(question, page.BodyParagraphs);
        Assert.StartsWith("Fuel for the island ferries", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("You have successfully logged out!", true)]
    [InlineData("Jetzt abmelden", true)]
    [InlineData("Users who stay logged in for a month are asked for their password again.", false)]
    public void Only_the_dialogs_own_words_are_its_notice(string line, bool isNotice) =>
        Assert.Equal(isNotice, SignOutDialog.IsNotice(line));
}
