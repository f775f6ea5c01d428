using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuestionOverFormFieldTests
{
    private static ParsedPage Parse(string formLabel) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
             * Homepage
             * Writers

           March 3, 2018

        The Night Ferry Taught Me How To Wait

        Ida Holm

           View Comments
           Report This Article
           {{formLabel}}
           ____________________

             *
             *

           The last ferry leaves the island at eleven, and for a whole winter I missed it by a minute almost every night of the week.

           So I learned to sit on the harbour wall and wait for the morning boat, and the waiting turned out to be the part I remember.
        """), "ferry.txt");

    [Theory]
    [InlineData("What is the issue?")]
    [InlineData("Why are you reporting this?")]
    public void A_question_over_a_form_field_is_the_fields_label_and_no_headline(string formLabel)
    {
        var page = Parse(formLabel);
        Assert.Equal("The Night Ferry Taught Me How To Wait", page.Title);
        Assert.DoesNotContain(formLabel, page.BodyParagraphs);
    }

    [Theory]
    [InlineData("What is the issue?", true)]
    [InlineData("Name:", false)]
    [InlineData("Is this the longest question that anyone could ever type into a field of a report form?", false)]
    public void Only_a_short_question_is_a_fields_label(string label, bool isLabel) =>
        Assert.Equal(isLabel, QuestionOverFormField.Is(label));
}
