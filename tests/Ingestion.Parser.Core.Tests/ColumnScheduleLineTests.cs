using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColumnScheduleLineTests
{
    [Theory]
    [InlineData("Walt Brennaman's column appears Tuesdays and Fridays. Email him at wbrennaman@example.com.", true)]
    [InlineData("Dana Whitcomb’s column runs every Sunday.", true)]
    [InlineData("The mayor's column appears to have been written by his staff, the council said.", false)]
    [InlineData("Readers wrote in about the columnist's claim, which appears in Sunday's paper.", false)]
    public void A_columnists_schedule_note_under_the_column_is_furniture(string line, bool note)
    {
        Assert.Equal(note, ColumnScheduleLine.Is(line));
        Assert.Equal(note, BoilerplateFilter.IsBoilerplate(line));
    }
}
