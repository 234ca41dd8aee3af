package org.tonus.treatment;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeOfMotion;
import org.tonus.assessment.RomNormals;
import org.tonus.charting.SoapText;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;

/**
 * Drafts a SOAP note from what was recorded: S from the client's report, scores and drawing; O
 * from palpation, range of motion, posture and every technique with its dose; A from the response
 * and the plan's goals; P from the plan's frequency, re-evaluation and home care. The therapist
 * edits the draft before signing. Pure: same input, same text.
 */
@Component
public class SessionNoteDraft {

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	public SessionNoteDraft(KnowledgeBase knowledge, RomNormals normals) {
		this.knowledge = knowledge;
		this.normals = normals;
	}

	public SoapText draft(TreatmentSession session, Assessment assessment, TreatmentPlan plan) {
		return new SoapText(subjective(session, assessment), objective(session, assessment), assessment(session, assessment, plan),
				plan(session, plan));
	}

	private String subjective(TreatmentSession session, Assessment assessment) {
		StringBuilder text = new StringBuilder();
		if (!session.clientReport().isBlank()) {
			text.append(session.clientReport().strip()).append('\n');
		}
		if (session.painBefore() != null) {
			text.append("Pain before treatment: ").append(session.painBefore()).append("/10.\n");
		}
		if (assessment != null && !assessment.marks().isEmpty()) {
			text.append("Pain drawing: ")
				.append(join(assessment.marks(), mark -> place(mark.region(), mark.side() == null ? null : mark.side().id())
						+ " " + mark.intensity() + "/10"))
				.append(".\n");
		}
		return text.toString().strip();
	}

	private String objective(TreatmentSession session, Assessment assessment) {
		StringBuilder text = new StringBuilder();
		if (assessment != null) {
			if (!assessment.posture().isBlank()) {
				text.append("Posture: ").append(assessment.posture().strip()).append('\n');
			}
			for (PalpationFinding finding : assessment.findings()) {
				text.append("Palpation, ").append(point(finding.muscle(), finding.triggerPoint(), finding.side())).append(": ")
					.append(finding.state().name().toLowerCase(Locale.ROOT));
				if (finding.tautBand()) {
					text.append(", taut band");
				}
				if (finding.twitchResponse()) {
					text.append(", local twitch response");
				}
				if (finding.referralReproduced()) {
					text.append(", referral reproduced");
					if (finding.referredTo() != null) {
						text.append(" to ").append(place(finding.referredTo(), null).toLowerCase(Locale.ROOT));
					}
				}
				if (finding.tenderness() != null) {
					text.append(", tenderness ").append(finding.tenderness()).append("/10");
				}
				if (finding.pressureThreshold() != null) {
					text.append(", PPT ").append(finding.pressureThreshold().toPlainString()).append(" kg/cm²");
				}
				text.append(".\n");
			}
			for (RangeOfMotion range : assessment.ranges()) {
				text.append("ROM, ").append(rangeText(range)).append(".\n");
			}
		}
		if (!session.applications().isEmpty()) {
			text.append("Treatment:\n");
			int number = 1;
			for (Application application : session.applications()) {
				text.append(number++).append(". ")
					.append(point(application.muscle(), application.triggerPoint(), application.side()))
					.append(": ")
					.append(dose(application))
					.append(".\n");
			}
		}
		for (ContraindicationOverride override : session.overrides()) {
			text.append("Contraindication override (").append(String.join(", ", override.concerns())).append("): ")
				.append(override.reason());
			if (override.madeByName() != null) {
				text.append(" (").append(override.madeByName()).append(')');
			}
			text.append(".\n");
		}
		return text.toString().strip();
	}

	private String assessment(TreatmentSession session, Assessment assessment, TreatmentPlan plan) {
		StringBuilder text = new StringBuilder();
		if (session.painBefore() != null && session.painAfter() != null) {
			text.append("Pain ").append(session.painBefore()).append("/10 before, ").append(session.painAfter())
				.append("/10 after treatment.\n");
		}
		List<Application> released = session.applications().stream().filter(a -> a.release() != null).toList();
		if (!released.isEmpty()) {
			long yes = released.stream().filter(a -> a.release() == Release.YES).count();
			long partial = released.stream().filter(a -> a.release() == Release.PARTIAL).count();
			text.append("Release at ").append(yes).append(" of ").append(released.size()).append(" points treated");
			if (partial > 0) {
				text.append(", partial at ").append(partial);
			}
			text.append(".\n");
		}
		if (plan != null) {
			for (TreatmentPlan.Goal goal : plan.goals()) {
				text.append("Goal: ").append(goal.description());
				Integer now = current(goal, session, assessment);
				if (now != null && goal.target() != null) {
					text.append(goal.metBy(now) ? ": met (now " : ": not yet met (now ").append(now)
						.append(goal.measure() == TreatmentPlan.Goal.Measure.PAIN ? "/10" : "°").append(')');
				}
				text.append(".\n");
			}
		}
		return text.toString().strip();
	}

	private String plan(TreatmentSession session, TreatmentPlan plan) {
		StringBuilder text = new StringBuilder();
		if (plan != null && plan.phase() != null) {
			TreatmentPlan.Phase phase = plan.phase();
			text.append("Continue treatment ").append(interval(phase.interval()));
			if (phase.visits() != null) {
				text.append(" for ").append(phase.visits()).append(" visits");
			}
			text.append("; next visit in ").append(phase.interval().days()).append(" days.\n");
			if (plan.reEvaluationOn() != null) {
				text.append("Re-evaluate on ").append(plan.reEvaluationOn()).append(".\n");
			}
		}
		if (!session.musclesTreated().isEmpty()) {
			text.append("Home care: self-care for ")
				.append(join(session.musclesTreated(), id -> knowledge.muscle(id).map(Muscle::name).orElse(id)))
				.append(".\n");
		}
		if (!session.closingNote().isBlank()) {
			text.append(session.closingNote().strip()).append('\n');
		}
		return text.toString().strip();
	}

	private Integer current(TreatmentPlan.Goal goal, TreatmentSession session, Assessment assessment) {
		if (goal.measure() == TreatmentPlan.Goal.Measure.PAIN) {
			return session.painAfter();
		}
		if (goal.measure() == TreatmentPlan.Goal.Measure.RANGE && assessment != null && goal.movement() != null) {
			return assessment.ranges()
				.stream()
				.filter(range -> goal.movement().equals(range.joint() + "." + range.movement()))
				.map(RangeOfMotion::measured)
				.min(Integer::compare)
				.orElse(null);
		}
		return null;
	}

	private String dose(Application application) {
		StringJoiner dose = new StringJoiner(", ");
		switch (application.technique()) {
			case ISCHEMIC_COMPRESSION -> dose.add("ischemic compression "
					+ (application.repetitions() == null ? 1 : application.repetitions()) + " × " + application.holdSeconds() + " s");
			case MYOFASCIAL_RELEASE -> dose.add("myofascial release"
					+ (application.holdSeconds() == null ? "" : " " + application.holdSeconds() + " s"));
			case GLIDING -> dose.add("gliding strokes"
					+ (application.repetitions() == null ? "" : " × " + application.repetitions()));
			case POST_ISOMETRIC_RELAXATION -> {
				Application.Pir pir = application.pir();
				StringBuilder text = new StringBuilder("post-isometric relaxation");
				if (pir != null) {
					if (pir.cycles() != null) {
						text.append(' ').append(pir.cycles()).append(" cycles");
					}
					if (pir.contractionSeconds() != null) {
						text.append(", ").append(pir.contractionSeconds()).append(" s contraction");
						if (pir.effortPercent() != null) {
							text.append(" at ").append(pir.effortPercent()).append("% effort");
						}
					}
					if (pir.relaxationSeconds() != null) {
						text.append(", ").append(pir.relaxationSeconds()).append(" s relaxation and stretch");
					}
					if (pir.romBefore() != null && pir.romAfter() != null) {
						text.append(", range ").append(pir.romBefore()).append("° → ").append(pir.romAfter()).append('°');
					}
				}
				dose.add(text);
			}
		}
		if (application.pressure() != null) {
			dose.add("pressure " + application.pressure() + "/5");
		}
		if (application.contact() != null) {
			dose.add(application.contact().name().toLowerCase(Locale.ROOT));
		}
		if (application.discomfort() != null) {
			dose.add("discomfort " + application.discomfort() + "/10");
		}
		if (application.release() != null) {
			dose.add(switch (application.release()) {
				case YES -> "released";
				case PARTIAL -> "partly released";
				case NO -> "no release";
			});
		}
		if (!application.note().isBlank()) {
			dose.add(application.note().strip());
		}
		return dose.toString();
	}

	private String rangeText(RangeOfMotion range) {
		RomNormals.Movement movement = normals.movement(range.joint(), range.movement()).orElse(null);
		String unit = movement != null && "mm".equals(movement.unit()) ? " mm" : "°";
		StringBuilder text = new StringBuilder(
				movement == null ? range.joint() + " " + range.movement() : movement.jointName() + " " + movement.name().toLowerCase(Locale.ROOT));
		if (range.side() != null) {
			text.append(" (").append(range.side()).append(')');
		}
		text.append(' ').append(range.measured()).append(unit);
		if (movement != null) {
			text.append(" (normal ").append(movement.normal()).append(unit).append(')');
		}
		if (range.painful()) {
			text.append(", painful");
		}
		return text.toString();
	}

	private String point(String muscleId, int index, String side) {
		Muscle muscle = knowledge.muscle(muscleId).orElse(null);
		if (muscle == null) {
			return muscleId;
		}
		String name = muscle.triggerPoints().size() > 1 && index < muscle.triggerPoints().size()
				? muscle.name() + " (" + muscle.triggerPoints().get(index).name() + ")" : muscle.name();
		return "midline".equals(side) ? name : name + ", " + side;
	}

	private String place(String region, String side) {
		String name = knowledge.region(region).map(BodyRegion::name).orElse(region);
		return side == null ? name : name + " (" + side + ")";
	}

	private static String interval(TreatmentPlan.Phase.Interval interval) {
		return switch (interval) {
			case TWICE_WEEKLY -> "twice a week";
			case WEEKLY -> "weekly";
			case FORTNIGHTLY -> "every two weeks";
			case MONTHLY -> "monthly";
		};
	}

	private static <T> String join(List<T> items, Function<T, String> text) {
		StringJoiner joiner = new StringJoiner(", ");
		items.forEach(item -> joiner.add(text.apply(item)));
		return joiner.toString();
	}

}
