using System.Collections.Generic;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>
    /// Groups question-and-answer turns into exchanges: an analyst's turn opens one; the operator, another analyst, or
    /// whoever moderates in the operator's place ("Our next question comes from …") closes it.
    /// </summary>
    internal static class ExchangeBuilder
    {
        public static IReadOnlyList<Exchange> Build(IReadOnlyList<Turn> turns)
        {
            var exchanges = new List<Exchange>();
            List<Turn>? current = null;
            foreach (var turn in turns)
            {
                var role = turn.Speaker.Role;
                if (role == SpeakerRole.Operator || (role != SpeakerRole.Analyst && CallCues.MovesOn(turn.Text)))
                {
                    Close();
                    continue;
                }
                if (role == SpeakerRole.Analyst && (current is null || !current[0].Speaker.Equals(turn.Speaker)))
                {
                    Close();
                    current = new List<Turn> { turn };
                    continue;
                }
                current?.Add(turn);
            }
            Close();
            return exchanges;

            void Close()
            {
                if (current is not null) exchanges.Add(new Exchange(current));
                current = null;
            }
        }
    }
}
