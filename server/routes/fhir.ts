// POST /v1/fhir/decide: a FHIR R4 Bundle (one CommunicationRequest and the patient's Consents) decided
// as /v1/decide decides a request, with the same keys, recorded in the same audit trail, and answered
// with the message's security labels (v3 ActCode sensitivity, v3 Confidentiality). The mapping is the
// engine's (engine/contract/fhir.ts); what it cannot map is a 400 naming the FHIR path.
import { z } from 'zod';
import { ACT_CODE_SYSTEM, FhirBundleSchema, requestFromFhir, withSecurityLabels } from '../../engine/index.ts';
import { decideAndRecord } from '../decisions.ts';
import { HttpError } from '../errors.ts';
import { parseJsonBody } from '../strict-json.ts';
import { DecisionResponseSchema, fhirDecisionComponent } from '../schemas.ts';
import { DECISION_ID_HEADER } from './decide.ts';
import { ERROR_RESPONSES, type Routes } from './deps.ts';

const CodingSchema = z.object({ system: z.string(), code: z.string(), display: z.string() });

export const FhirDecisionResponseSchema = DecisionResponseSchema.extend({
  sensitivity: z.array(CodingSchema).describe(`One coding per HL7 v3 ActCode sensitivity label found in the message (${ACT_CODE_SYSTEM}), ready for meta.security`),
  confidentiality: CodingSchema.describe('HL7 v3 Confidentiality: R (restricted) when a sensitivity label was found, N (normal) otherwise'),
}).describe('A decision, with the security labels of the message');

/** FHIR's own media type (FHIR R4 http.html#mime), read exactly as application/json is, on this route only. */
export const FHIR_JSON = 'application/fhir+json';

export const fhirRoutes: Routes = (root, { ctx, metrics, holder }) => {
  void root.register(async (app) => {
    app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, (_req, text, done) => {
      try {
        done(null, parseJsonBody(text as string));
      } catch (e) {
        done(e as HttpError, undefined);
      }
    });
    app.post('/v1/fhir/decide', {
      config: { auth: 'client' },
      // The body is mapped (and so checked) by the engine, whose errors name FHIR paths; the schema documents it.
      validatorCompiler: () => (data) => ({ value: data }),
      schema: {
        operationId: 'decideFhir',
        tags: ['decisions'],
        summary: 'Decide one send given as a FHIR R4 Bundle (CommunicationRequest and Consents)',
        description:
          'A Bundle of type `collection` with one CommunicationRequest (the send) and the patient\'s Consent resources, decided and recorded as POST /v1/decide does, answered with the message\'s HL7 security labels. What cannot be read for certain is 400 `FHIR_UNMAPPABLE`, its `issues` naming the FHIR paths.',
        consumes: ['application/json', FHIR_JSON],
        body: FhirBundleSchema,
        response: { 200: fhirDecisionComponent(FhirDecisionResponseSchema), ...ERROR_RESPONSES },
      },
      handler: async (req, reply) => {
        const end = metrics.latency.startTimer({ endpoint: 'fhir' });
        const mapped = requestFromFhir(req.body, ctx.now ? { now: ctx.now } : {});
        if (!mapped.ok) throw new HttpError(400, 'FHIR_UNMAPPABLE', mapped.error.message, mapped.error.issues);
        const res = await decideAndRecord(ctx, mapped.value, false, holder.current);
        end();
        req.log.info({ decisionId: res.decisionId, decision: res.decision, rules: res.reasons.map((r) => r.rule), policy: res.policy.digest }, 'decided');
        void reply.header(DECISION_ID_HEADER, res.decisionId);
        return withSecurityLabels(res);
      },
    });
  });
};
